<?php
include 'templates/header.php';
include 'includes/session_end.php';
?>
<p>You are signed out.</p>
