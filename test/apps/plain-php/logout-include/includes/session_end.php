<?php
// Ends the visitor's login.
session_start();
unset($_SESSION['user_id'], $_SESSION['role']);
