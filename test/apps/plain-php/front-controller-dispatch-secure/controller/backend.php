<?php
require_once 'model/backend.php';

function aboutAdmin()
{
    if (!isset($_SESSION['email'])) {
        header('Location: index.php?page=connect');
        exit;
    }
    if (isset($_POST['fullname'], $_POST['city'], $_POST['description'])) {
        // The form carries the token the view printed; a forged form cannot know it.
        if (!hash_equals($_SESSION['csrf_token'] ?? '', $_POST['csrf_token'] ?? '')) {
            http_response_code(403);
            exit;
        }
        updateAbout($_POST['fullname'], $_POST['city'], $_POST['description']);
        $_SESSION['success'] = 'Saved';
    }
    require 'view/backend/adminAboutView.php';
}
