<?php

namespace App\Http\Controllers;

use App\Models\Buyer;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Session;

class BuyerController extends Controller
{
    public function form()
    {
        return view('masuk');
    }

    public function login(Request $request)
    {
        $buyer = Buyer::where('email', $request->email)->first();
        if ($buyer) {
            if (Hash::check($request->password, $buyer->password)) {
                Session::regenerate();
                Session::put('nama', $buyer->nama_pembeli);
                Session::put('email', $buyer->email);
                Session::put('login', true);
                return redirect('/beranda');
            }
        }
        return redirect('/masuk')->with('alert', 'Email atau password salah');
    }
}
