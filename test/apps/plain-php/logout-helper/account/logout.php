<?php
require_once dirname(__DIR__) . '/lib/session.php';

start_app_session();
// expect: session-destroy-on-logout
end_user_session();
header('Location: /');
