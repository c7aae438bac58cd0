<?php

declare(strict_types=1);

// Session settings in code, for hosts where php.ini cannot be changed.
ini_set('session.cookie_httponly', '0');
ini_set('session.gc_maxlifetime', '28800');

require __DIR__ . '/users.php';

function start_session(): void
{
    if (session_status() === PHP_SESSION_NONE) {
        session_start(['cookie_lifetime' => 60 * 60 * 24 * 7]);
    }
}
