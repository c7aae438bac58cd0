<?php

declare(strict_types=1);

/** A toy user store: email → password hash. */
function find_user(string $email): ?array
{
    $users = [
        'ada@example.com' => ['id' => 1, 'name' => 'Ada', 'hash' => password_hash('correct horse battery staple', PASSWORD_DEFAULT)],
    ];
    return $users[$email] ?? null;
}
