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
        // expect: login-rate-limit
        ->formLogin()
        ->loginPath('app_login')
        ->checkPath('app_login')
        ->enableCsrf(true);
    $mainFirewall
        ->logout()
        ->path('app_logout');

    if ($container->env() === 'test') {
        $security->passwordHasher(User::class)->algorithm('plaintext');
    }
};
