// The located JSON parser, decoder and canonical writer live here.
