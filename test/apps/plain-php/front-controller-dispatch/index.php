<?php
// Every admin form posts to index.php?page=…, which runs the included handler: no token anywhere.
// expect: csrf
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
