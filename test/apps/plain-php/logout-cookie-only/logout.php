<?php
session_start();
require 'includes/functions.php';

// expect: session-destroy-on-logout
clear_login_cookie();
header('Location: index.php');
