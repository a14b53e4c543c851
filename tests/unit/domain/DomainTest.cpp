#include <catch2/catch.hpp>

#include "app/domain/Codes.h"
#include "app/domain/ConsentRules.h"
#include "app/domain/DateInput.h"
#include "app/domain/Hlc.h"
#include "app/domain/Validation.h"
#include "app/domain/Vocabulary.h"

using namespace veldwerk::domain;

namespace {
const QDate Today(2026, 11, 25);

bool hasProblem(const Problems &p, const QString &field)
{
    for (const auto &x : p) {
        if (x.field == field)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("HLC stamps only go forward and order as text", "[domain][hlc]")
{
    qint64 wall = 1'000;
    HlcClock clock(QStringLiteral("device-a"), [&] { return wall; });
    const Hlc a = clock.now();
    const Hlc b = clock.now(); // same millisecond: the counter moves
    CHECK(a < b);
    CHECK(b.counter == a.counter + 1);
    wall = 500; // the wall clock jumps back (a corrected tablet clock)
    const Hlc c = clock.now();
    CHECK(b < c);
    CHECK(c.ms == 1'000);
    wall = 2'000;
    const Hlc d = clock.now();
    CHECK(d.ms == 2'000);
    CHECK(d.counter == 0);
    CHECK(a.encode() < b.encode());
    CHECK(c.encode() < d.encode());

    SECTION("encoding round-trips and rejects garbage")
    {
        CHECK(Hlc::decode(d.encode()) == d);
        CHECK_FALSE(Hlc::decode(QStringLiteral("garbage")));
        CHECK_FALSE(Hlc::decode(QStringLiteral("0000000000001000-zzzz-device")));
    }
    SECTION("restoring continues after the stored stamp")
    {
        HlcClock later(QStringLiteral("device-a"), [] { return qint64{10}; });
        later.restore(d.encode());
        CHECK(d < later.now());
    }
    SECTION("observing a stamp from another device orders the next local one after it")
    {
        Hlc remote{5'000, 7, QStringLiteral("device-b")};
        clock.observe(remote);
        const Hlc next = clock.now();
        CHECK(remote < next);
    }
    SECTION("the device id breaks ties")
    {
        CHECK(Hlc{1, 0, QStringLiteral("a")} < Hlc{1, 0, QStringLiteral("b")});
    }
}

TEST_CASE("family and member rules give Dutch messages per field", "[domain][validation]")
{
    CHECK(hasProblem(Validation::check(Family{{}, QStringLiteral("   "), {}, {}, {}}), QStringLiteral("displayName")));
    CHECK(Validation::check(Family{{}, QStringLiteral("Gezin Bakker"), {}, {}, {}}).isEmpty());
    CHECK(hasProblem(Validation::check(Family{{}, QString(201, QLatin1Char('x')), {}, {}, {}}),
                     QStringLiteral("displayName")));

    Child child;
    child.name = QStringLiteral("Noah");
    SECTION("a child needs exactly one of the two dates")
    {
        CHECK(hasProblem(Validation::check(child, Today), QStringLiteral("birthDate")));
        child.birthDate = Today.addYears(-2);
        child.expectedBirthDate = Today.addMonths(2);
        CHECK(hasProblem(Validation::check(child, Today), QStringLiteral("birthDate")));
    }
    SECTION("a birth date in the future is refused with a hint")
    {
        child.birthDate = Today.addDays(1);
        const auto p = Validation::check(child, Today);
        REQUIRE(hasProblem(p, QStringLiteral("birthDate")));
        CHECK(p.first().message.contains("verwachte geboortedatum"));
    }
    SECTION("an unborn child: the target group starts at −9 months")
    {
        child.expectedBirthDate = Today.addMonths(9);
        CHECK(Validation::check(child, Today).isEmpty());
        child.expectedBirthDate = Today.addMonths(9).addDays(1);
        CHECK(hasProblem(Validation::check(child, Today), QStringLiteral("expectedBirthDate")));
        child.expectedBirthDate = Today.addDays(-1);
        CHECK(hasProblem(Validation::check(child, Today), QStringLiteral("expectedBirthDate")));
    }
    SECTION("a born child")
    {
        child.birthDate = Today;
        CHECK(Validation::check(child, Today).isEmpty());
        child.birthDate = Today.addYears(-24);
        CHECK(hasProblem(Validation::check(child, Today), QStringLiteral("birthDate")));
    }

    Caregiver parent{{}, {}, QStringLiteral("Sanne"), QString(codes::role::Other), {}, {}};
    CHECK(hasProblem(Validation::check(parent), QStringLiteral("roleOther")));
    parent.roleOther = QStringLiteral("oma");
    CHECK(Validation::check(parent).isEmpty());
    parent.role = QStringLiteral("buurvrouw");
    CHECK(hasProblem(Validation::check(parent), QStringLiteral("role")));
}

TEST_CASE("trajectory and visit rules", "[domain][validation]")
{
    Trajectory t;
    t.product = QString(codes::product::ParentingAssessment);
    t.framework = QString(codes::framework::Compulsory);
    t.status = QString(codes::trajectory_status::Running);
    t.responsible = QStringLiteral("M. Hoekstra");
    t.start = Today;
    t.plannedEnd = Today.addMonths(6);
    CHECK(Validation::check(t).isEmpty());
    t.plannedEnd = Today.addMonths(6).addDays(1); // 45A48: three to at most six months (seed 000)
    CHECK(hasProblem(Validation::check(t), QStringLiteral("plannedEnd")));
    t.product = QString(codes::product::VippSd);
    CHECK(Validation::check(t).isEmpty());
    t.plannedEnd = Today.addDays(-1);
    CHECK(hasProblem(Validation::check(t), QStringLiteral("plannedEnd")));

    Visit v;
    v.kind = QString(codes::visit_kind::HomeVisit);
    v.status = QString(codes::visit_status::Planned);
    v.plannedStart = QDateTime(Today, QTime(10, 0), Qt::UTC);
    v.plannedEnd = v.plannedStart.addSecs(3600);
    CHECK(Validation::check(v).isEmpty());
    v.plannedEnd = v.plannedStart.addSecs(-60);
    const auto p = Validation::check(v);
    REQUIRE(hasProblem(p, QStringLiteral("plannedEnd")));
    CHECK(p.first().message == "Het bezoek eindigt voordat het begint.");
}

TEST_CASE("notes: empty refused, long and unusual text accepted", "[domain][validation]")
{
    Observation o;
    o.text = QStringLiteral("  ");
    CHECK(hasProblem(Validation::checkNewObservation(o), QStringLiteral("text")));
    o.text = QString(100 * 1024, QLatin1Char('a'));
    CHECK(Validation::checkNewObservation(o).isEmpty());
    o.text =
        QString::fromUtf8("\xf0\x9f\x91\xb6 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7");
    CHECK(Validation::checkNewObservation(o).isEmpty());
    o.text = QString(Validation::MaxTextLength + 1, QLatin1Char('a'));
    CHECK(hasProblem(Validation::checkNewObservation(o), QStringLiteral("text")));
}

TEST_CASE("filming is allowed only with a filmen consent in force today", "[domain][consent]")
{
    QList<Consent> consents;
    CHECK_FALSE(ConsentRules::mayFilm(consents, Today));

    Consent film;
    film.purpose = QString(codes::consent_purpose::Filming);
    film.givenByName = QStringLiteral("Sanne");
    film.givenOn = Today.addDays(-10);
    consents.append(film);
    CHECK(ConsentRules::mayFilm(consents, Today));
    CHECK_FALSE(ConsentRules::mayFilm(consents, Today.addDays(-11))); // not yet given then

    SECTION("withdrawn today: no longer")
    {
        consents[0].withdrawnOn = Today;
        CHECK_FALSE(ConsentRules::mayFilm(consents, Today));
        CHECK(ConsentRules::mayFilm(consents, Today.addDays(-1)));
    }
    SECTION("another purpose does not count")
    {
        consents[0].purpose = QString(codes::consent_purpose::ImagesInSupervision);
        CHECK_FALSE(ConsentRules::mayFilm(consents, Today));
        CHECK(ConsentRules::mayUseImagesInSupervision(consents, Today));
    }
    SECTION("sharing data names its party")
    {
        Consent share;
        share.purpose = QString(codes::consent_purpose::ShareData);
        share.party = QStringLiteral("Huisarts Visser");
        share.givenOn = Today;
        consents.append(share);
        CHECK(ConsentRules::mayShareWith(consents, QStringLiteral("huisarts visser"), Today));
        CHECK_FALSE(ConsentRules::mayShareWith(consents, QStringLiteral("school"), Today));
    }
}

TEST_CASE("consent rules for input", "[domain][validation]")
{
    Consent c;
    c.purpose = QString(codes::consent_purpose::ShareData);
    c.givenOn = Today;
    const auto p = Validation::check(c, Today);
    CHECK(hasProblem(p, QStringLiteral("party")));
    CHECK(hasProblem(p, QStringLiteral("givenBy")));
    c.party = QStringLiteral("school");
    c.givenByName = QStringLiteral("beide ouders");
    CHECK(Validation::check(c, Today).isEmpty());
    c.givenOn = Today.addDays(1);
    CHECK(hasProblem(Validation::check(c, Today), QStringLiteral("givenOn")));
    c.givenOn = Today;
    c.withdrawnOn = Today.addDays(-1);
    CHECK(hasProblem(Validation::check(c, Today), QStringLiteral("withdrawnOn")));
}

TEST_CASE("vocabularies know their codes and show unknown ones as they are", "[domain]")
{
    CHECK(Vocabulary::contains(Vocabulary::products(), QStringLiteral("45A48")));
    CHECK(Vocabulary::label(Vocabulary::products(), QStringLiteral("45A48"))
          == "45A48 Ouderschapsdiagnostiek ambulant");
    CHECK(Vocabulary::label(Vocabulary::visitKinds(), QStringLiteral("toekomstig")) == "toekomstig");
    CHECK(Vocabulary::roles().size() == 6);
    CHECK(Vocabulary::consentPurposes().size() == 4);
}

TEST_CASE("dates and times are read the way Dutch professionals type them", "[domain][input]")
{
    using veldwerk::domain::DateInput;
    CHECK(DateInput::parseDate(QStringLiteral("25-11-2026"), Today) == QDate(2026, 11, 25));
    CHECK(DateInput::parseDate(QStringLiteral("5/3/2024"), Today) == QDate(2024, 3, 5));
    CHECK(DateInput::parseDate(QStringLiteral("05.03.24"), Today) == QDate(2024, 3, 5));
    CHECK(DateInput::parseDate(QStringLiteral("12 03 98"), Today) == QDate(1998, 3, 12)); // a parent's birth year
    CHECK(DateInput::parseDate(QStringLiteral("2026-11-25"), Today) == QDate(2026, 11, 25));
    CHECK(DateInput::parseDate(QStringLiteral(" Vandaag "), Today) == Today);
    CHECK(DateInput::parseDate(QStringLiteral("morgen"), Today) == Today.addDays(1));
    CHECK_FALSE(DateInput::parseDate(QStringLiteral("31-02-2026"), Today));
    CHECK_FALSE(DateInput::parseDate(QStringLiteral("25-13-2026"), Today));
    CHECK_FALSE(DateInput::parseDate(QStringLiteral("volgende week"), Today));
    CHECK_FALSE(DateInput::parseDate(QStringLiteral(""), Today));
    CHECK_FALSE(DateInput::parseDate(QString::fromUtf8("\xd9\xa2\xd9\xa5-11-2026"), Today)); // Arabic-Indic digits
    CHECK(DateInput::parseTime(QStringLiteral("10:30")) == QTime(10, 30));
    CHECK(DateInput::parseTime(QStringLiteral("9.05")) == QTime(9, 5));
    CHECK(DateInput::parseTime(QStringLiteral("1430")) == QTime(14, 30));
    CHECK(DateInput::parseTime(QStringLiteral("8")) == QTime(8, 0));
    CHECK_FALSE(DateInput::parseTime(QStringLiteral("25:00")));
    CHECK_FALSE(DateInput::parseTime(QStringLiteral("10:61")));
    CHECK_FALSE(DateInput::parseTime(QStringLiteral("half elf")));
}
