<?php

function find_user(string $username): ?array
{
    global $pdo;
    $stmt = $pdo->prepare('SELECT id, hash FROM users WHERE username = ?');
    $stmt->execute([$username]);
    return $stmt->fetch() ?: null;
}
