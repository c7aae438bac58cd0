<?php
// Included by login.php, register.php and team.php: every form of the site is handled here.
session_start();

$username = "";
$errors = array();
$db = mysqli_connect('localhost', 'root', getenv('DB_PASSWORD'), 'arena');

// REGISTER USER
if (isset($_POST['reg_user'])) {
    $username = mysqli_real_escape_string($db, $_POST['username']);
    $email = mysqli_real_escape_string($db, $_POST['email']);
    $password = password_hash($_POST['password_1'], PASSWORD_DEFAULT);
    if ($_POST['password_1'] != $_POST['password_2']) {
        array_push($errors, "The two passwords do not match");
    }
    if (count($errors) == 0) {
        $query = "INSERT INTO users (username, email, password) VALUES('$username', '$email', '$password')";
        mysqli_query($db, $query);
        // ok: session-regenerate-on-login
        $_SESSION['username'] = $username;
        header('location: index.php');
    }
}

// LOGIN USER
// expect: login-rate-limit
if (isset($_POST['login_user'])) {
    $username = mysqli_real_escape_string($db, $_POST['username']);
    $result = mysqli_query($db, "SELECT password FROM users WHERE username='$username'");
    $row = mysqli_fetch_assoc($result);
    if ($row && password_verify($_POST['password'], $row['password'])) {
        // expect: session-regenerate-on-login
        $_SESSION['username'] = $username;
        header('location: index.php');
    } else {
        array_push($errors, "Wrong username/password combination");
    }
}
