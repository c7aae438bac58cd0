<?php
require_once dirname(__DIR__) . '/lib/session.php';

start_app_session();
end_user_session();
header('Location: /');
