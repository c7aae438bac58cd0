<?php
include '../includes/end_session.php';
header('Location: ../admin/login.php');
