<?php

use App\Entity\User;
use Symfony\Component\DependencyInjection\Loader\Configurator\ContainerConfigurator;
use Symfony\Config\SecurityConfig;

return static function (SecurityConfig $security, ContainerConfigurator $container): void {
    $security->passwordHasher(User::class)->algorithm('auto');

    $security->provider('app_user_provider')
        ->entity()
        ->class(User::class)
        ->property('email');

    $security->firewall('dev')
        ->pattern('^/(_(profiler|wdt)|css|images|js)/')
        ->security(false);

    $mainFirewall = $security->firewall('main');
    $mainFirewall
        ->lazy(true)
        ->provider('app_user_provider');
    $mainFirewall
        ->formLogin()
        ->loginPath('app_login')
        ->checkPath('app_login')
        ->enableCsrf(true);
    // Five failed logins per username and IP address per minute (the rate limiter component).
    $mainFirewall
        ->loginThrottling()
        ->maxAttempts(5)
        ->interval('1 minute');
    $mainFirewall
        ->logout()
        ->path('app_logout');

    if ($container->env() === 'test') {
        // Functional tests log in with the test client; no form, nothing to throttle.
        $security->firewall('main')->formLogin()->enableCsrf(false);
    }
};
