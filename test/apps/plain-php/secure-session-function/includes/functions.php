<?php
// The "secure session" helper many tutorials give: HttpOnly and Secure, a fresh id, but no SameSite.
function sec_session_start(): void
{
    $params = session_get_cookie_params();
    session_set_cookie_params([
        'lifetime' => $params['lifetime'],
        'path' => $params['path'],
        'domain' => $params['domain'],
        'secure' => true,
        'httponly' => true,
    ]);
    session_name('sec_session_id');
    session_start();
    session_regenerate_id(true);
}

function login_check(mysqli $mysqli): bool
{
    if (!isset($_SESSION['user_id'], $_SESSION['login_string'])) {
        return false;
    }
    $stmt = $mysqli->prepare('SELECT password FROM members WHERE id = ? LIMIT 1');
    $stmt->bind_param('i', $_SESSION['user_id']);
    $stmt->execute();
    $stmt->bind_result($password);
    return $stmt->fetch() && hash_equals(hash('sha512', $password . $_SERVER['HTTP_USER_AGENT']), $_SESSION['login_string']);
}
