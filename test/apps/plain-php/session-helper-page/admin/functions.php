<?php
require_once __DIR__ . '/../config.php';

/** Starts the session with hardened cookie parameters; every admin page calls it first. */
function sec_session_start()
{
    session_set_cookie_params([
        'lifetime' => 0,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
    ]);
    session_start();
}

/** Whether someone is logged in: the login wrote both keys. */
function login_check()
{
    return isset($_SESSION['user_id'], $_SESSION['logged_in']) && $_SESSION['logged_in'] === true;
}

function add_category(mysqli $db, string $name)
{
    $stmt = $db->prepare('INSERT INTO categories (category_name) VALUES (?)');
    $stmt->bind_param('s', $name);
    return $stmt->execute();
}
