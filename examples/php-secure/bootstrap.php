<?php

declare(strict_types=1);

require __DIR__ . '/users.php';

/** The same settings as php.ini, so the app is safe on hosts whose php.ini we do not control. */
const SESSION_OPTIONS = [
    'name' => 'app_sid',
    'use_strict_mode' => true,
    'cookie_secure' => true,
    'cookie_httponly' => true,
    'cookie_samesite' => 'Lax',
    'cookie_lifetime' => 0,
    'gc_maxlifetime' => 1800,
];

function start_session(): void
{
    if (session_status() === PHP_SESSION_NONE) {
        session_start(SESSION_OPTIONS);
    }
}
