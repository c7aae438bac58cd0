<?php
require_once 'model/backend.php';

function aboutAdmin()
{
    if (!isset($_SESSION['email'])) {
        header('Location: index.php?page=connect');
        exit;
    }
    if (isset($_POST['fullname'], $_POST['city'], $_POST['description'])) {
        updateAbout($_POST['fullname'], $_POST['city'], $_POST['description']);
        $_SESSION['success'] = 'Saved';
    }
    require 'view/backend/adminAboutView.php';
}
