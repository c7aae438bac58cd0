<?php
require_once __DIR__ . '/db.php';

// Answers whether the admin's password is right; the page that calls it logs the admin in.
function adminLogin($username, $password)
{
    global $conn;
    $stmt = $conn->prepare('SELECT password FROM users WHERE username = ? AND role = \'admin\'');
    $stmt->bind_param('s', $username);
    $stmt->execute();
    $admin = $stmt->get_result()->fetch_assoc();
    return $admin !== null && password_verify($password, $admin['password']);
}
