// veldwerk-cli as a user (or a support script) runs it: a real process, secrets on standard input, exit codes
// 0/1/2, Dutch messages on stderr, and nothing valid destroyed whatever goes wrong.
#include <catch2/catch.hpp>

#include "Process.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <random>
#include <thread>

using namespace veldwerk::test;

namespace {

constexpr const char *Secret = "fietsen langs de dijk bij Kampen";
constexpr const char *NewSecret = "koffie met de buurvrouw om tien";

std::vector<std::string> cli(const std::filesystem::path &dir, std::vector<std::string> args)
{
    std::vector<std::string> argv = {VELDWERK_CLI, "--data-dir", dir.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

std::string lines(std::initializer_list<std::string> secrets)
{
    std::string s;
    for (const auto &x : secrets)
        s += x + "\n";
    return s;
}

ProcessResult init(const std::filesystem::path &dir, std::vector<std::string> extra = {})
{
    std::vector<std::string> args = {"vault", "init", "--cost", "interactive"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runProcess(cli(dir, args), lines({Secret, Secret}));
}

ProcessResult verify(const std::filesystem::path &dir, const std::string &secret = Secret)
{
    return runProcess(cli(dir, {"vault", "verify"}), lines({secret}));
}

bool contains(const std::string &hay, const std::string &needle)
{
    return hay.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("vault init, verify and change-secret work from standard input", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    auto made = init(dir);
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
    CHECK(contains(made.out, "Kluis aangemaakt"));

    auto checked = verify(dir);
    REQUIRE(checked.exitCode == 0);
    CHECK(contains(checked.out, "Integriteit: in orde"));
    CHECK(contains(checked.out, "SQLCipher"));

    auto changed = runProcess(cli(dir, {"vault", "change-secret"}), lines({Secret, NewSecret, NewSecret}));
    INFO(changed.err);
    REQUIRE(changed.exitCode == 0);
    CHECK(verify(dir, NewSecret).exitCode == 0);
    CHECK(verify(dir, Secret).exitCode == 1);

    SECTION("the passphrase never reaches the data directory")
    {
        CHECK_FALSE(treeContains(dir, Secret));
        CHECK_FALSE(treeContains(dir, NewSecret));
    }
}

TEST_CASE("usage errors exit with 2", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    for (const auto &args : std::vector<std::vector<std::string>>{
             {},
             {"frobnicate"},
             {"vault"},
             {"vault", "frobnicate"},
             {"vault", "init", "--cost", "cheap"},
             {"vault", "init", "--max-failures", "1"},
             {"vault", "init", "--max-failures", "tien"},
             {"vault", "verify", "--extra"},
             {"vault", "change-secret", "--max-failures", "5"},
         }) {
        auto r = runProcess(cli(dir, args), lines({Secret, Secret}));
        INFO(r.err);
        CHECK(r.exitCode == 2);
        CHECK(contains(r.err, "Gebruik: veldwerk-cli"));
    }
    CHECK(runProcess({VELDWERK_CLI, "--data-dir"}).exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir));
    CHECK(runProcess({VELDWERK_CLI, "--help"}).exitCode == 0);
}

TEST_CASE("a bad new secret is refused with exit 1 and nothing is created", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    SECTION("too short")
    {
        auto r = runProcess(cli(dir, {"vault", "init"}), lines({"kort", "kort"}));
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "minstens 12 tekens"));
    }
    SECTION("the two entries differ")
    {
        auto r = runProcess(cli(dir, {"vault", "init"}), lines({Secret, NewSecret}));
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "niet gelijk"));
    }
    SECTION("no input at all")
    {
        auto r = runProcess(cli(dir, {"vault", "init"}), "");
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "Geen wachtwoord"));
    }
    SECTION("only one line")
    {
        auto r = runProcess(cli(dir, {"vault", "init"}), lines({Secret}));
        CHECK(r.exitCode == 1);
    }
    SECTION("a line longer than any secret")
    {
        const std::string huge(100'000, 'x');
        auto r = runProcess(cli(dir, {"vault", "init"}), lines({huge, huge}));
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "te lang"));
    }
    CHECK_FALSE(std::filesystem::exists(dir / "keyslots.vwk"));
    CHECK_FALSE(std::filesystem::exists(dir / "veldwerk.db"));
}

TEST_CASE("a second init is refused and leaves the vault alone", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir).exitCode == 0);
    auto again = runProcess(cli(dir, {"vault", "init", "--cost", "interactive"}), lines({NewSecret, NewSecret}));
    CHECK(again.exitCode == 1);
    CHECK(contains(again.err, "al een kluis"));
    CHECK(verify(dir).exitCode == 0);
}

TEST_CASE("wrong secrets are refused with a growing delay, then crypto-erase", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir, {"--max-failures", "3"}).exitCode == 0);

    auto first = verify(dir, "dit is het verkeerde wachtwoord");
    CHECK(first.exitCode == 1);
    CHECK(contains(first.err, "Onjuist wachtwoord. Nog 2 pogingen"));
    auto early = verify(dir, Secret);
    CHECK(early.exitCode == 1);
    CHECK(contains(early.err, "probeer het over 1 seconde opnieuw"));

    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    auto second = verify(dir, "nog steeds het verkeerde wachtwoord");
    CHECK(contains(second.err, "Nog 1 poging"));
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    auto third = verify(dir, "en weer het verkeerde wachtwoord");
    CHECK(third.exitCode == 1);
    CHECK(contains(third.err, "vernietigd"));
    CHECK_FALSE(std::filesystem::exists(dir / "keyslots.vwk"));
    auto after = verify(dir, Secret);
    CHECK(after.exitCode == 1);
    CHECK(contains(after.err, "vernietigd"));
}

TEST_CASE("damaged or missing key files are reported and the database left untouched", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir).exitCode == 0);
    const auto database = readFile(dir / "veldwerk.db");

    SECTION("damaged")
    {
        auto slots = readFile(dir / "keyslots.vwk");
        slots[40] ^= 0x08;
        writeFile(dir / "keyslots.vwk", slots);
        auto r = verify(dir);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "beschadigd"));
        auto change = runProcess(cli(dir, {"vault", "change-secret"}), lines({Secret, NewSecret, NewSecret}));
        CHECK(change.exitCode == 1);
        CHECK(readFile(dir / "keyslots.vwk") == slots);
    }
    SECTION("truncated")
    {
        auto slots = readFile(dir / "keyslots.vwk");
        slots.resize(20);
        writeFile(dir / "keyslots.vwk", slots);
        auto r = verify(dir);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "beschadigd"));
    }
    SECTION("missing")
    {
        std::filesystem::remove(dir / "keyslots.vwk");
        auto r = verify(dir);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "geen kluis"));
        auto reinit = runProcess(cli(dir, {"vault", "init", "--cost", "interactive"}), lines({NewSecret, NewSecret}));
        CHECK(reinit.exitCode == 1);
    }
    CHECK(readFile(dir / "veldwerk.db") == database);
}

TEST_CASE("a damaged database is reported by verify", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir).exitCode == 0);
    auto db = readFile(dir / "veldwerk.db");
    SECTION("a data page")
    {
        REQUIRE(db.size() >= 2 * 4096);
        db[4096 + 1000] ^= 0x01;
    }
    SECTION("the first page")
    {
        db[50] ^= 0x01;
    }
    writeFile(dir / "veldwerk.db", db);
    auto r = verify(dir);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK((contains(r.err, "beschadigd")));
}

TEST_CASE("a data directory that cannot be used is reported", "[cli]")
{
    TempDir tmp;
    writeFile(tmp / "een-bestand", bytesOf("x"));
    auto r = init(tmp / "een-bestand" / "kluis");
    CHECK(r.exitCode == 1);
    CHECK(contains(r.err, "een deel van het pad is een bestand, geen map"));
    auto v = verify(tmp / "een-bestand");
    CHECK(v.exitCode == 1);
    CHECK(contains(v.err, "een deel van het pad is een bestand"));
}

TEST_CASE("a full or read-only disk is reported and leaves no half-made vault", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    const std::string preload = std::string("LD_PRELOAD=") + VELDWERK_FAULT_LIB;
    const std::string faultDir = "VELDWERK_FAULT_DIR=" + dir.string();

    SECTION("full on the first run")
    {
        auto r = runProcess(cli(dir, {"vault", "init", "--cost", "interactive"}), lines({Secret, Secret}),
                            {preload, faultDir, "VELDWERK_FAULT=enospc"});
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "vol"));
        CHECK_FALSE(std::filesystem::exists(dir / "keyslots.vwk"));
        CHECK_FALSE(std::filesystem::exists(dir / "veldwerk.db"));
        // Space again: the first run simply works.
        CHECK(init(dir).exitCode == 0);
    }
    SECTION("read-only on the first run")
    {
        auto r = runProcess(cli(dir, {"vault", "init", "--cost", "interactive"}), lines({Secret, Secret}),
                            {preload, faultDir, "VELDWERK_FAULT=erofs"});
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "niet worden geschreven"));
    }
    SECTION("full while changing the secret")
    {
        REQUIRE(init(dir).exitCode == 0);
        auto r = runProcess(cli(dir, {"vault", "change-secret"}), lines({Secret, NewSecret, NewSecret}),
                            {preload, faultDir, "VELDWERK_FAULT=enospc"});
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(contains(r.err, "vol"));
        CHECK(verify(dir, Secret).exitCode == 0); // the old secret still opens everything
    }
    SECTION("full while verifying")
    {
        REQUIRE(init(dir).exitCode == 0);
        auto r =
            runProcess(cli(dir, {"vault", "verify"}), lines({Secret}), {preload, faultDir, "VELDWERK_FAULT=enospc"});
        INFO(r.out << r.err);
        CHECK(r.signal == 0);
        if (r.exitCode != 0)
            CHECK(contains(r.err, "vol"));
        CHECK(verify(dir, Secret).exitCode == 0);
    }
}

TEST_CASE("a change-secret process killed at random moments leaves one secret working", "[cli][crash]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir, {"--max-failures", "100"}).exitCode == 0);
    // Kill moments span about twice what one whole change-secret process takes on this machine now, so that both
    // outcomes occur however loaded the machine is.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(runProcess(cli(dir, {"vault", "change-secret"}), lines({Secret, NewSecret, NewSecret})).exitCode == 0);
    REQUIRE(runProcess(cli(dir, {"vault", "change-secret"}), lines({NewSecret, Secret, Secret})).exitCode == 0);
    const auto oneChangeUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count() / 2;
    std::mt19937 rng(11);
    std::uniform_int_distribution<long long> delay(0, 2 * oneChangeUs);
    bool oldCurrent = true;
    int killed = 0;
    int finished = 0;
    for (int i = 0; i < 25; ++i) {
        std::filesystem::remove(dir / "lockout.vwl"); // the killed attempts are not what is tested here
        const std::string from = oldCurrent ? Secret : NewSecret;
        const std::string to = oldCurrent ? NewSecret : Secret;
        if (runAndKill(cli(dir, {"vault", "change-secret"}), lines({from, to, to}), static_cast<int>(delay(rng))))
            ++killed;
        else
            ++finished;
        std::filesystem::remove(dir / "lockout.vwl");
        const bool oldWorks = verify(dir, Secret).exitCode == 0;
        std::filesystem::remove(dir / "lockout.vwl");
        const bool newWorks = verify(dir, NewSecret).exitCode == 0;
        INFO("round " << i);
        REQUIRE((oldWorks || newWorks));
        oldCurrent = oldWorks;
    }
    CHECK(killed > 0);
    CHECK(finished > 0);
}

TEST_CASE("demo seed, observation add and export work as DESIGN §11 says", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    REQUIRE(init(dir).exitCode == 0);
    auto seeded = runProcess(cli(dir, {"demo", "seed"}), lines({Secret}));
    INFO(seeded.err);
    REQUIRE(seeded.exitCode == 0);
    CHECK(contains(seeded.out, "6 gezinnen"));
    CHECK(runProcess(cli(dir, {"demo", "seed"}), lines({Secret})).exitCode == 1); // never twice, never over real data

    auto exported = runProcess(cli(dir, {"export", "--out", (tmp / "alles.json").string()}), lines({Secret}));
    REQUIRE(exported.exitCode == 0);
    const auto exportBytes = readFile(tmp / "alles.json");
    const QJsonObject all = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(exportBytes.data()),
                                                               qsizetype(exportBytes.size())))
                                .object();
    for (const char *key : {"families", "children", "caregivers", "trajectories", "visits", "observations", "responses",
                            "media", "consents", "audit"}) {
        INFO(key);
        REQUIRE(all.value(QLatin1String(key)).isArray());
        for (const QJsonValue &v : all.value(QLatin1String(key)).toArray())
            CHECK_FALSE(v.toObject().value(QStringLiteral("id")).toString().isEmpty());
    }
    CHECK(all.value(QStringLiteral("families")).toArray().size() == 6);
    CHECK(all.value(QStringLiteral("observations")).toArray().size() >= 40);
    // The demo's filled forms come out as stored rows and as FHIR QuestionnaireResponses, scores computed.
    const QJsonArray responses = all.value(QStringLiteral("responses")).toArray();
    REQUIRE(responses.size() == 2);
    QJsonObject homeVisit;
    for (const QJsonValue &r : responses) {
        CHECK_FALSE(r.toObject().value(QStringLiteral("answers")).toArray().isEmpty());
        if (r.toObject().value(QStringLiteral("status")) == QStringLiteral("completed"))
            homeVisit = r.toObject().value(QStringLiteral("questionnaireResponse")).toObject();
    }
    CHECK(homeVisit.value(QStringLiteral("questionnaire")).toString().endsWith(u"huisbezoek-ouder-kindrelatie|1.0.0"));
    const QByteArray homeVisitJson = QJsonDocument(homeVisit).toJson(QJsonDocument::Compact);
    CHECK(homeVisitJson.contains(R"("linkId":"regulatie.aantal")"));
    CHECK(homeVisitJson.contains(R"({"valueInteger":2}],"linkId":"regulatie.aantal")"));
    const QJsonArray audit = all.value(QStringLiteral("audit")).toArray();
    CHECK(audit.last().toObject().value(QStringLiteral("action")).toString() == "export");

    const QString visitId =
        all.value(QStringLiteral("visits")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    const QString familyId =
        all.value(QStringLiteral("families")).toArray().first().toObject().value(QStringLiteral("id")).toString();

    SECTION("a note is added and its id printed once committed")
    {
        auto added =
            runProcess(cli(dir, {"observation", "add", "--visit", visitId.toStdString(), "--text",
                                 "Emma helpt Daan met zijn schoen \xf0\x9f\x91\x9f", "--tag", "positief moment"}),
                       lines({Secret}));
        INFO(added.err);
        REQUIRE(added.exitCode == 0);
        const std::string id = added.out.substr(0, added.out.find('\n'));
        CHECK(id.size() == 36);
        auto again = runProcess(cli(dir, {"export", "--out", (tmp / "na.json").string()}), lines({Secret}));
        REQUIRE(again.exitCode == 0);
        const auto bytes = readFile(tmp / "na.json");
        const std::string text(bytes.begin(), bytes.end());
        CHECK(text.find(id) != std::string::npos);
    }
    SECTION("one family only")
    {
        auto one =
            runProcess(cli(dir, {"export", "--out", (tmp / "een.json").string(), "--family", familyId.toStdString()}),
                       lines({Secret}));
        REQUIRE(one.exitCode == 0);
        const auto bytes = readFile(tmp / "een.json");
        const QJsonObject o =
            QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())))
                .object();
        CHECK(o.value(QStringLiteral("families")).toArray().size() == 1);
        for (const QJsonValue &v : o.value(QStringLiteral("observations")).toArray())
            CHECK(v.toObject().value(QStringLiteral("familyId")).toString() == familyId);
    }
    SECTION("bad input: exit 1 with a Dutch message, exit 2 for usage")
    {
        auto unknownVisit =
            runProcess(cli(dir, {"observation", "add", "--visit", "bestaat-niet", "--text", "x"}), lines({Secret}));
        CHECK(unknownVisit.exitCode == 1);
        CHECK(contains(unknownVisit.err, "geen bezoek met id bestaat-niet"));
        auto empty = runProcess(cli(dir, {"observation", "add", "--visit", visitId.toStdString(), "--text", "  "}),
                                lines({Secret}));
        CHECK(empty.exitCode == 1);
        CHECK(contains(empty.err, "zonder tekst"));
        CHECK(runProcess(cli(dir, {"observation", "add", "--text", "x"}), lines({Secret})).exitCode == 2);
        CHECK(runProcess(cli(dir, {"observation", "add", "--visit"}), lines({Secret})).exitCode == 2);
        CHECK(runProcess(cli(dir, {"export"}), lines({Secret})).exitCode == 2);
        auto unknownFamily =
            runProcess(cli(dir, {"export", "--out", (tmp / "x.json").string(), "--family", "nee"}), lines({Secret}));
        CHECK(unknownFamily.exitCode == 1);
        CHECK(contains(unknownFamily.err, "geen gezin met id nee"));
        auto noDir = runProcess(cli(dir, {"export", "--out", (tmp / "geen" / "x.json").string()}), lines({Secret}));
        CHECK(noDir.exitCode == 1);
        CHECK(contains(noDir.err, "bestaat niet"));
        CHECK(runProcess(cli(dir, {"observation", "add", "--visit", visitId.toStdString(), "--text", "x"}),
                         lines({"fout wachtwoord hier"}))
                  .exitCode
              == 1);
    }
}

TEST_CASE("a canary typed into a note is found neither in the data directory nor in the temp directory", "[cli]")
{
    TempDir tmp;
    const auto dir = tmp / "kluis";
    const auto temp = tmp / "tmp";
    std::filesystem::create_directories(temp);
    REQUIRE(init(dir).exitCode == 0);
    REQUIRE(runProcess(cli(dir, {"demo", "seed"}), lines({Secret})).exitCode == 0);
    REQUIRE(runProcess(cli(dir, {"export", "--out", (tmp / "e.json").string()}), lines({Secret})).exitCode == 0);
    const auto bytes = readFile(tmp / "e.json");
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())))
            .object();
    const std::string visitId = o.value(QStringLiteral("visits"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString()
                                    .toStdString();
    std::filesystem::remove(tmp / "e.json");

    const std::string canary = "KANARIE-observatie-7d1f3e";
    for (int i = 0; i < 5; ++i) {
        auto r =
            runProcess(cli(dir, {"observation", "add", "--visit", visitId, "--text", canary + " " + std::to_string(i)}),
                       lines({Secret}), {"TMPDIR=" + temp.string()});
        REQUIRE(r.exitCode == 0);
    }
    CHECK_FALSE(treeContains(dir, canary));
    CHECK_FALSE(treeContains(temp, canary));
    CHECK_FALSE(treeContains(dir, "Dijkstra")); // demo names are as secret as real ones
}
