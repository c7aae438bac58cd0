<?php

function secure_session_start(): void
{
    if (session_status() !== PHP_SESSION_ACTIVE) {
        session_start(['cookie_httponly' => true, 'cookie_samesite' => 'Strict', 'use_strict_mode' => true]);
    }
}

function rotate_session_id(): void
{
    session_regenerate_id(false);
}
