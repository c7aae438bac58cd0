<?php
// expect: session-destroy-on-logout
include '../includes/end_session.php';
header('Location: ../admin/login.php');
