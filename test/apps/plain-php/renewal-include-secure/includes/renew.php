<?php
// Included right after a successful login.
session_regenerate_id(true);
$_SESSION['renewed_at'] = time();
