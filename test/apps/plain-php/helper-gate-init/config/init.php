<?php
// Shared start-up of every page: the session, the database, the login helpers.
if (session_status() === PHP_SESSION_NONE) {
    session_start();
}

require_once __DIR__ . '/database.php';

function isSignedIn(): bool
{
    return !empty($_SESSION['member_id']);
}

function isManager(): bool
{
    return isSignedIn() && ($_SESSION['role'] ?? '') === 'manager';
}

function currentMemberId(): int
{
    return (int) ($_SESSION['member_id'] ?? 0);
}

function requireSignIn(): void
{
    if (!isSignedIn()) {
        header('Location: /auth/sign-in.php');
        exit;
    }
}

function requireManager(): void
{
    requireSignIn();
    if (!isManager()) {
        http_response_code(403);
        exit('Managers only.');
    }
}

// A sign-in page sends members on: not a gate that keeps strangers out.
function redirectIfSignedIn(): void
{
    if (isSignedIn()) {
        header('Location: /index.php');
        exit;
    }
}
