<?php
// expect: session-destroy-on-logout
require __DIR__ . '/includes/session_end.php';

header('Location: login.php?logged_out=1');
exit;
