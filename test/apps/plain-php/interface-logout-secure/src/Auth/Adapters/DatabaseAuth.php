<?php

namespace Notes\Auth\Adapters;

use Notes\Auth\AuthInterface;

class DatabaseAuth implements AuthInterface
{
    public function __construct(private \PDO $db)
    {
    }

    public function user(): ?array
    {
        $id = $_SESSION['user_id'] ?? null;
        if ($id === null) {
            return null;
        }
        $statement = $this->db->prepare('SELECT id, email FROM users WHERE id = ?');
        $statement->execute([$id]);
        return $statement->fetch(\PDO::FETCH_ASSOC) ?: null;
    }

    public function forget(): void
    {
        $_SESSION = [];
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
        session_destroy();
    }
}
