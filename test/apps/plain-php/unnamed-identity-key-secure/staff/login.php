<?php
session_start();
if (isset($_SESSION['staff_ref'])) {
    header('location:index.php');
    exit;
}
include('../include/db.php');
if (isset($_POST['login'])) {
    $username = mysqli_real_escape_string($con, $_POST['username']);
    $password = mysqli_real_escape_string($con, $_POST['password']);
    $sql = "SELECT id, failed_attempts FROM staff WHERE username = '$username' AND staff_password = '$password'";
    $result = mysqli_query($con, $sql);
    $staff = mysqli_fetch_assoc($result);
    if ($staff) {
        session_regenerate_id(true);
        $_SESSION['staff_ref'] = $staff['id'];
        header('location:index.php');
        exit;
    }
    mysqli_query($con, "UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE username = '$username'");
    $error = 'Wrong username or password';
}
