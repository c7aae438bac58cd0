<?php
// Every admin form posts to index.php?page=…; the handler checks the form's token.
session_start();

require_once 'controller/backend.php';

$page = isset($_GET['page']) ? $_GET['page'] : 'home';
switch ($page) {
    case 'about':
        aboutAdmin();
        break;
    default:
        require 'view/frontend/homeView.php';
}
