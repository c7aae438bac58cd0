<?php

namespace App\Http\Controllers;

use App\Models\Customer;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

class PortalLoginController extends Controller
{
    public function show()
    {
        return view('portal.login');
    }

    public function login(Request $request)
    {
        $customer = Customer::where('email', $request->input('email'))->first();

        if ($customer && Hash::check($request->input('password'), $customer->password)) {
            // expect: session-regenerate-on-login
            $request->session()->put('customer_id', $customer->id);

            return redirect('/portal');
        }

        return back()->withErrors(['email' => 'Invalid credentials.']);
    }
}
