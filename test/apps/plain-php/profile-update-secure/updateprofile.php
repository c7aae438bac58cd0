<?php
// The session comes from php.ini: no SameSite unless the server sets one.
session_start();
if (empty($_SESSION['userid'])) {
    header('Location: index.php');
    exit();
}
require_once 'includes/db.php';
require_once 'includes/functions.php';
require_once 'includes/csrf.php';

if (isset($_POST['firstname'])) {
    check_token();
    $first = mysqli_real_escape_string($conn, $_POST['firstname']);
    $city = mysqli_real_escape_string($conn, $_POST['city']);
    $sql = "UPDATE users SET firstname='$first', city='$city' WHERE id_user='$_SESSION[userid]'";
    if ($conn->query($sql) === true) {
        $_SESSION['profileUpdated'] = true;
    }
    header('Location: profile.php');
    exit();
}
