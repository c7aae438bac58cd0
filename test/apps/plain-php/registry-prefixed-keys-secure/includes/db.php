<?php
$db_connection = pg_connect(getenv('DATABASE_URL'));
