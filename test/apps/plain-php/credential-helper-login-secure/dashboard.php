<?php
// A page that greets the admin: it reads the session and calls a helper, it logs nobody in.
include 'includes/header.php';
include 'includes/functions.php';
if (empty($_SESSION['admin_logged_in'])) {
    header('Location: admin.php');
    exit;
}
$_SESSION['admin_last_seen'] = time();
echo 'Welcome back, ' . htmlspecialchars($_SESSION['admin_username']);
