<?php
// Failed sign-ins per e-mail address, kept in the database; the address is locked for 15 minutes after 5.
class LoginGuard
{
    private const LIMIT = 5;

    public static function isBlocked(PDO $pdo, string $email): bool
    {
        $row = $pdo->prepare('SELECT failed_attempts, locked_until FROM login_attempts WHERE email = ?');
        $row->execute([$email]);
        $state = $row->fetch(PDO::FETCH_ASSOC);
        return $state !== false && $state['locked_until'] !== null && strtotime($state['locked_until']) > time();
    }

    public static function recordFailure(PDO $pdo, string $email): void
    {
        $pdo->prepare('INSERT INTO login_attempts (email, failed_attempts) VALUES (?, 1)
            ON DUPLICATE KEY UPDATE failed_attempts = failed_attempts + 1,
            locked_until = IF(failed_attempts >= ?, NOW() + INTERVAL 15 MINUTE, NULL)')->execute([$email, self::LIMIT]);
    }

    public static function clear(PDO $pdo, string $email): void
    {
        $pdo->prepare('DELETE FROM login_attempts WHERE email = ?')->execute([$email]);
    }
}
