<?php
session_start();
// The token every form and fetch() call sends back: minted once per session here, compared by each endpoint.
if (empty($_SESSION['csrf_token'])) {
    $_SESSION['csrf_token'] = bin2hex(random_bytes(32));
}
