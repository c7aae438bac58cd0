<?php

use Symfony\Config\FrameworkConfig;

return static function (FrameworkConfig $framework): void {
    $framework->secret('%env(APP_SECRET)%');
    $framework->session()->handlerId(null)->cookieSecure('auto')->cookieSamesite('lax');
    // expect: csrf
    $framework->csrfProtection()->enabled(false);
};
