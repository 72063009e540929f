Console.WriteLine("tbd");
