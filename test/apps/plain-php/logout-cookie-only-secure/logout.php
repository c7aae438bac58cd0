<?php
session_start();
require 'includes/functions.php';

destroy_login();
header('Location: index.php');
