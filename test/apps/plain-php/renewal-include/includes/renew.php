<?php
// Included right after a successful login.
session_regenerate_id();
$_SESSION['renewed_at'] = time();
