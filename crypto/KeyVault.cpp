#include "crypto/KeyVault.h"

#include <cerrno>

namespace veldwerk::crypto {

namespace {

constexpr std::size_t MaxSlotFileBytes = 4096;
constexpr std::size_t MaxLockoutFileBytes = 256;

std::int64_t systemNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

VaultError damaged(const std::filesystem::path &path, SlotFileProblem problem)
{
    VaultError e = VaultError::make(VaultError::Code::SlotDamaged, std::string(describe(problem)));
    e.path = path.string();
    return e;
}

} // namespace

KeyVault::KeyVault(std::filesystem::path directory, KeyStore &keyStore)
    : m_directory(std::move(directory))
    , m_keyStore(keyStore)
    , m_now(systemNowMs)
{
}

void KeyVault::setClock(std::function<std::int64_t()> nowMs)
{
    m_now = nowMs ? std::move(nowMs) : std::function<std::int64_t()>(systemNowMs);
}

SecretKind KeyVault::secretKind() const
{
    return m_keyStore.available() ? SecretKind::Pin : SecretKind::Passphrase;
}

Result<KeySlotFile, VaultError> KeyVault::readSlotFile() const
{
    auto bytes = readSmallFile(slotFilePath(), MaxSlotFileBytes);
    if (!bytes) {
        if (bytes.error().sysError == ENOENT)
            return fail(VaultError::make(VaultError::Code::NoVault));
        if (bytes.error().sysError == EFBIG)
            return fail(damaged(slotFilePath(), SlotFileProblem::TrailingBytes));
        return fail(bytes.error());
    }
    auto parsed = parseKeySlotFile(*bytes);
    if (!parsed)
        return fail(damaged(slotFilePath(), parsed.error()));
    return std::move(parsed).value();
}

KeyVault::State KeyVault::state() const
{
    if (readLockout().erased)
        return State::Erased;
    auto slots = readSlotFile();
    if (slots)
        return State::Ready;
    if (slots.error().code == VaultError::Code::NoVault)
        return State::Absent;
    return State::Damaged;
}

LockoutState KeyVault::readLockout() const
{
    auto bytes = readSmallFile(lockoutFilePath(), MaxLockoutFileBytes);
    if (!bytes)
        return {};
    // A damaged lockout file counts as no failures: an attacker can delete it anyway (see Lockout.h), and
    // a genuine user must not be locked out of their work by a damaged bookkeeping file.
    return parseLockout(*bytes).value_or(LockoutState{});
}

Result<void, VaultError> KeyVault::writeLockout(const LockoutState &state) const
{
    return writeFileAtomically(lockoutFilePath(), serializeLockout(state), m_faultHook);
}

KeyVault::LockoutInfo KeyVault::lockout() const
{
    LockoutInfo info;
    const LockoutState state = readLockout();
    auto slots = readSlotFile();
    info.failures = state.failures;
    info.maxFailures = slots ? slots->maxFailures : DefaultMaxFailures;
    info.attemptsLeft = state.erased ? 0 : std::max(0, info.maxFailures - static_cast<int>(state.failures));
    const std::int64_t wait = state.nextAttemptMs - now();
    if (wait > 0) {
        // A clock set back must not turn a 1 s delay into days: never wait longer than the policy says.
        info.retryAfter = std::min(std::chrono::milliseconds(wait), delayAfterFailures(state.failures));
    }
    return info;
}

Result<MasterKey, VaultError> KeyVault::create(std::span<const unsigned char> secret, CostProfile profile,
                                               std::uint16_t maxFailures)
{
    const SecretProblem problem = checkSecret(secretKind(), secret);
    if (problem != SecretProblem::None) {
        VaultError e = VaultError::make(VaultError::Code::SecretRejected);
        e.secretProblem = problem;
        return fail(e);
    }
    if (maxFailures < MinMaxFailures || maxFailures > MaxMaxFailures)
        return fail(VaultError::make(VaultError::Code::CryptoFailure, "max failures out of range"));
    const State current = state();
    if (current == State::Ready || current == State::Damaged)
        return fail(VaultError::make(VaultError::Code::AlreadyExists));

    if (auto dir = ensurePrivateDirectory(m_directory); !dir)
        return fail(dir.error());
    if (m_keyStore.available()) {
        if (auto created = m_keyStore.createKey(); !created)
            return fail(created.error());
    }

    MasterKey key = MasterKey::generate();
    auto slot = sealKeySlot(key, secret, PasswordHashParams::forProfile(profile), m_keyStore);
    if (!slot)
        return fail(slot.error());
    KeySlotFile file;
    file.maxFailures = maxFailures;
    file.slots.push_back(*slot);

    // The lockout state first: a stale "erased" flag from an earlier vault must not outlive the new slots.
    if (auto reset = writeLockout(LockoutState{}); !reset)
        return fail(reset.error());
    if (auto written = writeFileAtomically(slotFilePath(), serializeKeySlotFile(file), m_faultHook); !written)
        return fail(written.error());
    return key;
}

Result<MasterKey, VaultError> KeyVault::attempt(std::span<const unsigned char> secret, KeySlotFile *slotsOut)
{
    if (secret.empty()) {
        VaultError e = VaultError::make(VaultError::Code::SecretRejected);
        e.secretProblem = SecretProblem::Empty;
        return fail(e);
    }
    LockoutState state = readLockout();
    if (state.erased) {
        (void)cryptoErase(); // finishes an erase that a crash interrupted
        return fail(VaultError::make(VaultError::Code::Erased));
    }
    auto slots = readSlotFile();
    if (!slots)
        return fail(slots.error());

    // An attempt that was counted but never finished (the app killed during Argon2id) is a failure: otherwise
    // killing the process after each wrong guess would bypass the counter.
    if (state.failures >= slots->maxFailures) {
        (void)cryptoErase();
        return fail(VaultError::make(VaultError::Code::Erased));
    }
    const std::int64_t t = now();
    if (state.nextAttemptMs > t) {
        VaultError e = VaultError::make(VaultError::Code::TooEarly);
        e.retryAfter = std::min(std::chrono::milliseconds(state.nextAttemptMs - t), delayAfterFailures(state.failures));
        e.attemptsLeft = slots->maxFailures - static_cast<int>(state.failures);
        if (e.retryAfter.count() > 0)
            return fail(e);
    }

    // Count the attempt before trying it. If the disk is full the count cannot be stored; the attempt still
    // goes ahead, because refusing would lock a professional out of their records over a full disk, and
    // the counter is a courtesy (Lockout.h).
    LockoutState counted{state.failures + 1, false, t + delayAfterFailures(state.failures + 1).count()};
    const bool countStored = static_cast<bool>(writeLockout(counted));

    for (const KeySlot &slot : slots->slots) {
        if (slot.kind == SlotKind::KeyStorePin && !m_keyStore.available())
            continue;
        auto key = openKeySlot(slot, secret, m_keyStore);
        if (key) {
            if (countStored || state.failures != 0)
                (void)writeLockout(LockoutState{});
            if (slotsOut)
                *slotsOut = *slots;
            return key;
        }
        if (key.error().code != VaultError::Code::WrongSecret)
            return fail(key.error());
    }

    if (counted.failures >= slots->maxFailures) {
        (void)cryptoErase();
        return fail(VaultError::make(VaultError::Code::Erased));
    }
    VaultError e = VaultError::make(VaultError::Code::WrongSecret);
    e.attemptsLeft = slots->maxFailures - static_cast<int>(counted.failures);
    e.retryAfter = delayAfterFailures(counted.failures);
    return fail(e);
}

Result<MasterKey, VaultError> KeyVault::unlock(std::span<const unsigned char> secret)
{
    return attempt(secret, nullptr);
}

Result<void, VaultError> KeyVault::changeSecret(std::span<const unsigned char> oldSecret,
                                                std::span<const unsigned char> newSecret,
                                                std::optional<CostProfile> profile)
{
    const SecretProblem problem = checkSecret(secretKind(), newSecret);
    if (problem != SecretProblem::None) {
        VaultError e = VaultError::make(VaultError::Code::SecretRejected);
        e.secretProblem = problem;
        return fail(e);
    }
    KeySlotFile file;
    auto key = attempt(oldSecret, &file);
    if (!key)
        return fail(key.error());

    // Keep the cost of the slot being replaced unless a new profile is asked for.
    const PasswordHashParams params = profile ? PasswordHashParams::forProfile(*profile) : file.slots.front().params;
    auto slot = sealKeySlot(*key, newSecret, params, m_keyStore);
    if (!slot)
        return fail(slot.error());
    KeySlotFile replacement;
    replacement.maxFailures = file.maxFailures;
    replacement.slots.push_back(*slot);
    return writeFileAtomically(slotFilePath(), serializeKeySlotFile(replacement), m_faultHook);
}

Result<void, VaultError> KeyVault::cryptoErase()
{
    // Remember the erase before doing it, so that a crash half-way is finished at the next start.
    LockoutState erased;
    erased.erased = true;
    auto marked = writeLockout(erased);
    m_keyStore.destroyKey();
    auto shredded = shredFile(slotFilePath());
    std::filesystem::path temp = slotFilePath();
    temp += ".new";
    (void)shredFile(temp);
    if (!shredded)
        return shredded;
    return marked;
}

void KeyVault::removeKeyFiles()
{
    (void)shredFile(slotFilePath());
    std::error_code ec;
    std::filesystem::remove(lockoutFilePath(), ec);
    m_keyStore.destroyKey();
}

} // namespace veldwerk::crypto
