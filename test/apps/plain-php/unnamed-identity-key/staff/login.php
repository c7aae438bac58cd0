<?php
session_start();
if (isset($_SESSION['staff_ref'])) {
    header('location:index.php');
    exit;
}
include('../include/db.php');
// No attempt is counted: the form can be tried without end.
// expect: login-rate-limit
if (isset($_POST['login'])) {
    $username = mysqli_real_escape_string($con, $_POST['username']);
    $password = mysqli_real_escape_string($con, $_POST['password']);
    $sql = "SELECT id FROM staff WHERE username = '$username' AND staff_password = '$password'";
    $result = mysqli_query($con, $sql);
    $staff = mysqli_fetch_assoc($result);
    if ($staff) {
        // The key names no user, but it is the one every staff page asks for; the id is kept.
        // expect: session-regenerate-on-login
        $_SESSION['staff_ref'] = $staff['id'];
        header('location:index.php');
        exit;
    }
    $error = 'Wrong username or password';
}
