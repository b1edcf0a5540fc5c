from genero_etl.cli.app import main

main()
