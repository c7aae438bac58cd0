<?php

namespace App\Providers;

use App\Models\User;
use Illuminate\Support\Facades\Route;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        // A "skip login" shortcut registered in every environment: anyone can log in as any user id.
        Route::prefix('skip-login')
            ->middleware(['web'])
            ->group(function () {
                // expect: login-rate-limit
                Route::get('user', static function () {
                    $user = User::find(request('id'));
                    if (is_null($user)) {
                        return 'User not found.';
                    }

                    auth()->login($user);

                    return redirect('/');
                });
            });
    }
}
