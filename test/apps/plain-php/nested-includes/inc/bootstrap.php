<?php
require_once __DIR__ . '/session_helpers.php';
require_once __DIR__ . '/db.php';

secure_session_start();
