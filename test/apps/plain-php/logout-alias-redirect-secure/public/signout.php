<?php
// Old links and bookmarks still point here: send them to the logout.
// ok: session-destroy-on-logout
header('Location: /logout.php', true, 303);
exit;
