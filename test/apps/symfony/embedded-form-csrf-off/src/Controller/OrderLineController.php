<?php

namespace App\Controller;

use App\Entity\Order;
use App\Entity\OrderLine;
use App\Form\OrderLineType;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

final class OrderLineController extends AbstractController
{
    #[Route('/orders/{id}/lines', name: 'order_line_add', methods: ['POST'])]
    #[IsGranted('ROLE_USER')]
    public function add(Request $request, Order $order, EntityManagerInterface $entityManager): Response
    {
        $line = new OrderLine();
        $order->addLine($line);
        $form = $this->createForm(OrderLineType::class, $line);
        $form->handleRequest($request);

        if ($form->isSubmitted() && $form->isValid()) {
            $entityManager->flush();
        }

        return $this->redirectToRoute('order_show', ['id' => $order->getId()]);
    }
}
