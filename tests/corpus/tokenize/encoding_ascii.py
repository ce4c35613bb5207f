# coding=ASCII
x = 1
