<?php
session_start();
// Strangers go elsewhere: every staff page is behind the login that wrote this key.
if (!isset($_SESSION['staff_ref'])) {
    header('location:../404.php');
    exit;
}
