<?php
// Every admin page starts here: the session (settings from the site's .htaccess) and the login check.
session_start();
if (empty($_SESSION['admin_id'])) {
    header('Location: ../login.php');
    exit;
}
