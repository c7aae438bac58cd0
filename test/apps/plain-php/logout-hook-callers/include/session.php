<?php
session_start();

// Left over from an older layout: nothing calls it, so no request runs it.
function logout()
{
    session_unset();
    session_destroy();
}
